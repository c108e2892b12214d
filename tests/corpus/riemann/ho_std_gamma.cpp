// expect: gamma_function
#include <cmath>
#include <iostream>

// Student-t density uses the gamma function for its normalising constant.
double t_pdf(double x, double nu) {
    const double c = std::tgamma((nu + 1) / 2) / (std::sqrt(nu * M_PI) * std::tgamma(nu / 2));
    return c * std::pow(1 + x * x / nu, -(nu + 1) / 2);
}

int main() {
    for (double v : {0.5, 1.0, 4.5, 10.0}) {
        std::cout << "tgamma(" << v << ") = " << std::tgamma(v)
                  << "  lgamma = " << std::lgamma(v) << '\n';
    }
    std::cout << "t_pdf(0, 5) = " << t_pdf(0.0, 5.0) << '\n';
}
