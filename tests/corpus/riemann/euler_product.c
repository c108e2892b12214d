/* expect: euler_product, prime_pattern */
#include <math.h>
#include <stdio.h>

int main(void) {
  static char composite[100001];
  double s = 2.0, prod = 1.0;
  for (int i = 2; i <= 100000; i++) {
    if (composite[i]) continue;
    for (long j = (long)i * i; j <= 100000; j += i) composite[j] = 1;
    prod *= 1.0 / (1.0 - pow(i, -s));
  }
  printf("%f\n", prod);
  return 0;
}
