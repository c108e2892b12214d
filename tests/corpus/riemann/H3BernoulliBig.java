// expect: bernoulli_numbers
import java.math.BigInteger;

public class H3BernoulliBig {
    static final class Rational {
        final BigInteger num, den;
        Rational(BigInteger n, BigInteger d) {
            if (d.signum() < 0) { n = n.negate(); d = d.negate(); }
            BigInteger g = n.gcd(d);
            num = g.signum() == 0 ? n : n.divide(g);
            den = g.signum() == 0 ? d : d.divide(g);
        }
        Rational add(Rational o) { return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
        Rational mul(BigInteger k) { return new Rational(num.multiply(k), den); }
        Rational div(BigInteger k) { return new Rational(num, den.multiply(k)); }
        public String toString() { return num + "/" + den; }
    }

    static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        return r;
    }

    public static void main(String[] args) {
        int N = 30;
        Rational[] B = new Rational[N + 1];
        B[0] = new Rational(BigInteger.ONE, BigInteger.ONE);
        for (int m = 1; m <= N; m++) {
            Rational s = new Rational(BigInteger.ZERO, BigInteger.ONE);
            for (int k = 0; k < m; k++) s = s.add(B[k].mul(binomial(m + 1, k)));
            B[m] = s.mul(BigInteger.ONE.negate()).div(BigInteger.valueOf(m + 1));
        }
        for (int m = 0; m <= N; m += 2) System.out.println("B_" + m + " = " + B[m]);
    }
}
