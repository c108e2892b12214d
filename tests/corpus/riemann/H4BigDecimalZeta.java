// expect: zeta_function
import java.math.BigDecimal;
import java.math.MathContext;

public class H4BigDecimalZeta {
    static final MathContext MC = new MathContext(40);

    /** zeta(s) for integer s >= 2: partial sum plus the Euler-Maclaurin tail N^(1-s)/(s-1) + N^-s/2. */
    static BigDecimal zeta(int s, int terms) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int n = 1; n < terms; n++) {
            sum = sum.add(BigDecimal.ONE.divide(BigDecimal.valueOf(n).pow(s), MC), MC);
        }
        BigDecimal nBig = BigDecimal.valueOf(terms);
        BigDecimal tail = BigDecimal.ONE.divide(nBig.pow(s - 1).multiply(BigDecimal.valueOf(s - 1)), MC);
        BigDecimal half = BigDecimal.ONE.divide(nBig.pow(s).multiply(BigDecimal.valueOf(2)), MC);
        return sum.add(tail, MC).add(half, MC);
    }

    public static void main(String[] args) {
        for (int s = 2; s <= 8; s++) {
            System.out.println("zeta(" + s + ") = " + zeta(s, 2000));
        }
    }
}
