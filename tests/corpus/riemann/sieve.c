/* expect: prime_pattern */
#include <stdio.h>
#include <string.h>

int main(void) {
  enum { N = 1000 };
  char composite[N + 1];
  memset(composite, 0, sizeof composite);
  for (int i = 2; i * i <= N; i++) {
    if (composite[i]) continue;
    for (int j = i * i; j <= N; j += i) composite[j] = 1;
  }
  for (int i = 2; i <= N; i++)
    if (!composite[i]) printf("%d ", i);
  return 0;
}
