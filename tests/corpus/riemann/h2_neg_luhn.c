/* expect: none */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

int luhn_valid(const char *s) {
    int sum = 0, dbl = 0;
    for (int i = (int)strlen(s) - 1; i >= 0; i--) {
        if (!isdigit((unsigned char)s[i])) continue;
        int d = s[i] - '0';
        if (dbl) {
            d *= 2;
            if (d > 9) d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

int isbn10_valid(const char *s) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
        int v = (s[i] == 'X') ? 10 : s[i] - '0';
        sum += (10 - i) * v;
    }
    return sum % 11 == 0;
}

int main(void) {
    printf("%d %d %d\n", luhn_valid("4539 1488 0343 6467"), luhn_valid("1234"), isbn10_valid("030640615X"));
    return 0;
}
