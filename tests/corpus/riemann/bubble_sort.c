/* expect: none */
#include <stdio.h>

int main(void) {
  int a[] = {5, 1, 4, 2, 8};
  int n = sizeof a / sizeof a[0];
  for (int i = 0; i < n; i++)
    for (int j = 0; j + 1 < n - i; j++)
      if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  for (int i = 0; i < n; i++) printf("%d ", a[i]);
  return 0;
}
