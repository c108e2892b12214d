/* expect: gamma_function */
#include <math.h>
#include <stdio.h>

int main(void) {
  for (double x = 0.5; x < 6.0; x += 0.5) printf("%g %g %g\n", x, tgamma(x), lgamma(x));
  return 0;
}
