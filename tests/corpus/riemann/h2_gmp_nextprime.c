/* expect: prime_pattern */
#include <gmp.h>
#include <stdio.h>

int main(void) {
    mpz_t p, q;
    mpz_init_set_ui(p, 1);
    mpz_mul_2exp(p, p, 127);
    mpz_init(q);
    for (int i = 0; i < 5; i++) {
        mpz_nextprime(q, p);
        gmp_printf("%Zd\n", q);
        mpz_set(p, q);
    }
    mpz_set_str(p, "618970019642690137449562111", 10);
    printf("reps=25 says %d\n", mpz_probab_prime_p(p, 25));
    mpz_clears(p, q, NULL);
    return 0;
}
