// expect: zeta_function
#include <boost/math/special_functions/zeta.hpp>
#include <iomanip>
#include <iostream>

int main() {
    using boost::math::zeta;
    std::cout << std::setprecision(17);
    for (double s : {2.0, 3.0, 0.5, -1.0, -3.5}) {
        std::cout << "zeta(" << s << ") = " << zeta(s) << '\n';
    }
}
