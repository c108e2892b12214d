// expect: bernoulli_numbers
import java.math.BigInteger;

public class H2BernoulliRational {
    record Rational(BigInteger num, BigInteger den) {
        Rational {
            if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ZERO)) { num = num.divide(g); den = den.divide(g); }
        }
        Rational plus(Rational o) { return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
        Rational times(BigInteger k) { return new Rational(num.multiply(k), den); }
        Rational over(BigInteger k) { return new Rational(num, den.multiply(k)); }
        public String toString() { return num + "/" + den; }
    }

    static BigInteger choose(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 1; i <= k; i++) r = r.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
        return r;
    }

    public static void main(String[] args) {
        int N = 40;
        Rational[] b = new Rational[N + 1];
        b[0] = new Rational(BigInteger.ONE, BigInteger.ONE);
        for (int m = 1; m <= N; m++) {
            Rational s = new Rational(BigInteger.ZERO, BigInteger.ONE);
            for (int k = 0; k < m; k++) s = s.plus(b[k].times(choose(m + 1, k)));
            b[m] = s.over(BigInteger.valueOf(m + 1)).times(BigInteger.valueOf(-1));
        }
        for (int m = 0; m <= N; m += 2) System.out.println("B" + m + " = " + b[m]);
    }
}
