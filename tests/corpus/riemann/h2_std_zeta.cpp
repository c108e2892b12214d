// expect: zeta_function
#include <cmath>
#include <cstdio>
#include <numbers>

int main() {
    for (int k = 2; k <= 12; k += 2) {
        double z = std::riemann_zeta(static_cast<double>(k));
        std::printf("zeta(%d) = %.15f  / pi^%d = %.15f\n", k, z, k, z / std::pow(std::numbers::pi, k));
    }
}
