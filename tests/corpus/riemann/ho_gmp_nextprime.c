/* expect: prime_pattern */
#include <gmp.h>
#include <stdio.h>

int main(void) {
    mpz_t n;
    mpz_init_set_str(n, "1000000000000000000000", 10);
    for (int i = 0; i < 5; i++) {
        mpz_nextprime(n, n);
        gmp_printf("%Zd\n", n);
    }
    mpz_set_ui(n, 1);
    mpz_mul_2exp(n, n, 521);
    mpz_sub_ui(n, n, 1);
    printf("2^521-1: %d\n", mpz_probab_prime_p(n, 25));
    mpz_clear(n);
    return 0;
}
