// expect: zeta_function, gamma_function
#include <boost/math/special_functions/gamma.hpp>
#include <boost/math/special_functions/zeta.hpp>
#include <iomanip>
#include <iostream>

int main() {
    using boost::math::tgamma;
    using boost::math::zeta;
    std::cout << std::setprecision(17);
    for (double s : {2.0, 3.0, 0.5, -1.0, -2.5}) {
        std::cout << "zeta(" << s << ") = " << zeta(s) << '\n';
    }
    for (int n = 1; n < 10; ++n) {
        std::cout << n << "! = " << tgamma(n + 1.0) << '\n';
    }
    std::cout << boost::math::lgamma(100.5) << '\n';
}
