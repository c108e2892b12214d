// expect: bernoulli_numbers
import java.math.BigInteger;

public class HoBernoulli {
    record Rational(BigInteger num, BigInteger den) {
        Rational {
            BigInteger g = num.gcd(den);
            if (den.signum() < 0) g = g.negate();
            if (!g.equals(BigInteger.ZERO)) { num = num.divide(g); den = den.divide(g); }
        }
        Rational minus(Rational o) {
            return new Rational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
        }
        Rational times(long k) { return new Rational(num.multiply(BigInteger.valueOf(k)), den); }
    }

    public static Rational bernoulli(int n) {
        Rational[] a = new Rational[n + 1];
        for (int m = 0; m <= n; m++) {
            a[m] = new Rational(BigInteger.ONE, BigInteger.valueOf(m + 1));
            for (int j = m; j >= 1; j--) {
                a[j - 1] = a[j - 1].minus(a[j]).times(j);
            }
        }
        return a[0];
    }

    public static void main(String[] args) {
        for (int n = 0; n <= 20; n += 2) {
            Rational b = bernoulli(n);
            System.out.println("B_" + n + " = " + b.num() + "/" + b.den());
        }
    }
}
