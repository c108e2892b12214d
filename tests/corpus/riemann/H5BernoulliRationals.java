// expect: bernoulli_numbers
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

public class H5BernoulliRationals {
    record Frac(BigInteger num, BigInteger den) {
        Frac {
            if (den.signum() < 0) { num = num.negate(); den = den.negate(); }
            BigInteger g = num.gcd(den);
            if (!g.equals(BigInteger.ZERO) && !g.equals(BigInteger.ONE)) { num = num.divide(g); den = den.divide(g); }
        }
        static Frac of(long n) { return new Frac(BigInteger.valueOf(n), BigInteger.ONE); }
        Frac minus(Frac o) { return new Frac(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den)); }
        Frac times(long k) { return new Frac(num.multiply(BigInteger.valueOf(k)), den); }
        @Override public String toString() { return den.equals(BigInteger.ONE) ? num.toString() : num + "/" + den; }
    }

    /** Akiyama-Tanigawa algorithm: returns B_0..B_n (with B_1 = +1/2). */
    static List<Frac> bernoulli(int n) {
        List<Frac> out = new ArrayList<>();
        Frac[] a = new Frac[n + 1];
        for (int m = 0; m <= n; m++) {
            a[m] = new Frac(BigInteger.ONE, BigInteger.valueOf(m + 1));
            for (int j = m; j >= 1; j--) {
                a[j - 1] = a[j - 1].minus(a[j]).times(j);
            }
            out.add(a[0]);
        }
        return out;
    }

    public static void main(String[] args) {
        List<Frac> b = bernoulli(30);
        for (int i = 0; i < b.size(); i++) {
            if (b.get(i).num().signum() != 0) System.out.printf("B(%d) = %s%n", i, b.get(i));
        }
    }
}
