// expect: gamma_function
#include <cmath>
#include <cstdio>

// log Gamma via recurrence up to x >= 8 then the Stirling asymptotic series.
double log_gamma(double x) {
    double acc = 0;
    while (x < 8) acc -= std::log(x++);
    const double r = 1 / (x * x);
    double series = (1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r / 1680))) / x;
    return acc + (x - 0.5) * std::log(x) - x + 0.91893853320467274178 + series;
}

int main() {
    for (double x = 0.5; x <= 30; x += 2.5)
        std::printf("x=%5.2f mine=%.15f std::lgamma=%.15f tgamma=%.6g\n", x, log_gamma(x), std::lgamma(x),
                    std::tgamma(x));
}
