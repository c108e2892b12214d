// expect: logarithmic_integral, prime_counting, prime_pattern
// li(x) = Ei(ln x) via std::expint, compared with pi(x) from a segmented count.
#include <cmath>
#include <cstdio>
#include <vector>

int main() {
    const int N = 100'000'000;
    std::vector<bool> is_composite(N + 1);
    long long count = 0;
    long long next = 10;
    for (long long i = 2; i <= N; ++i) {
        if (!is_composite[i]) {
            ++count;
            for (long long j = i * i; j <= N; j += i) is_composite[j] = true;
        }
        if (i == next) {
            double li = std::expint(std::log(static_cast<double>(i)));
            std::printf("x=%-10lld pi(x)=%-9lld li(x)=%-14.2f li-pi=%.2f\n", i, count, li, li - count);
            next *= 10;
        }
    }
}
