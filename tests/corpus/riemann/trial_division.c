/* expect: prime_pattern */
#include <stdbool.h>
#include <stdio.h>

static bool is_prime(long n) {
  if (n < 2) return false;
  for (long d = 2; d * d <= n; d++)
    if (n % d == 0) return false;
  return true;
}

int main(void) {
  for (long n = 0; n < 100; n++)
    if (is_prime(n)) printf("%ld\n", n);
  return 0;
}
