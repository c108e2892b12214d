// expect: zeta_function
#include <boost/math/special_functions/zeta.hpp>
#include <cmath>
#include <iomanip>
#include <iostream>

int main() {
    using boost::math::zeta;
    std::cout << std::setprecision(17);
    for (double s : {-3.0, -1.0, 0.0, 0.5, 2.0, 3.0, 4.0, 10.0}) {
        std::cout << "zeta(" << s << ") = " << zeta(s) << "\n";
    }
    std::cout << "zeta(2) - pi^2/6 = " << zeta(2.0) - M_PI * M_PI / 6 << "\n";
}
