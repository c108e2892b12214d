// expect: bernoulli_numbers, zeta_function
import java.math.BigInteger;

public class H4BernoulliZetaEven {
    static BigInteger[] num, den;

    static BigInteger binom(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        return r;
    }

    /** B_0..B_n from sum_{k=0}^{m} C(m+1,k) B_k = 0. */
    static void bernoulli(int n) {
        num = new BigInteger[n + 1];
        den = new BigInteger[n + 1];
        num[0] = BigInteger.ONE; den[0] = BigInteger.ONE;
        for (int m = 1; m <= n; m++) {
            BigInteger sn = BigInteger.ZERO, sd = BigInteger.ONE;
            for (int k = 0; k < m; k++) {
                BigInteger c = binom(m + 1, k);
                sn = sn.multiply(den[k]).add(c.multiply(num[k]).multiply(sd));
                sd = sd.multiply(den[k]);
                BigInteger g = sn.gcd(sd);
                sn = sn.divide(g); sd = sd.divide(g);
            }
            num[m] = sn.negate();
            den[m] = sd.multiply(BigInteger.valueOf(m + 1));
            BigInteger g = num[m].gcd(den[m]);
            if (!g.equals(BigInteger.ZERO)) { num[m] = num[m].divide(g); den[m] = den[m].divide(g); }
        }
    }

    public static void main(String[] args) {
        bernoulli(20);
        double fact = 1;
        for (int k = 1; k <= 10; k++) {
            fact *= (2 * k - 1) * (2 * k);
            double b = num[2 * k].doubleValue() / den[2 * k].doubleValue();
            double z = Math.pow(-1, k + 1) * b * Math.pow(2 * Math.PI, 2 * k) / (2 * fact);
            System.out.printf("B_%d = %s/%s   zeta(%d) = %.15f%n", 2 * k, num[2 * k], den[2 * k], 2 * k, z);
        }
    }
}
