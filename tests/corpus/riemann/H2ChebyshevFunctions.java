// expect: von_mangoldt, prime_pattern
import java.util.function.IntToDoubleFunction;

public class H2ChebyshevFunctions {
    /** Lambda(n) = log p if n is a power of a prime p, else 0. */
    static final IntToDoubleFunction VON_MANGOLDT = n -> {
        if (n < 2) return 0.0;
        for (int p = 2; (long) p * p <= n; p++) {
            if (n % p == 0) {
                int m = n;
                while (m % p == 0) m /= p;
                return m == 1 ? Math.log(p) : 0.0;
            }
        }
        return Math.log(n);
    };

    static double psi(int x) {
        double s = 0;
        for (int n = 2; n <= x; n++) s += VON_MANGOLDT.applyAsDouble(n);
        return s;
    }

    public static void main(String[] args) {
        for (int x = 10; x <= 1_000_000; x *= 10) {
            System.out.printf("psi(%d) = %.3f, psi(x)/x = %.5f%n", x, psi(x), psi(x) / x);
        }
    }
}
