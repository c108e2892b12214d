/* expect: zeta_function */
#include <math.h>
#include <stdio.h>

double zeta(double s, int terms) {
  double sum = 0.0;
  for (int n = 1; n <= terms; n++) sum += 1.0 / pow(n, s);
  return sum;
}

int main(void) {
  printf("%.12f\n", zeta(2.0, 1000000));
  return 0;
}
