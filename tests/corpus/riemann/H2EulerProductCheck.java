// expect: euler_product, prime_pattern, zeta_function
import java.util.BitSet;

public class H2EulerProductCheck {
    public static void main(String[] args) {
        int limit = 1 << 20;
        BitSet sieve = new BitSet(limit + 1);
        sieve.set(2, limit + 1);
        for (int i = 2; (long) i * i <= limit; i = sieve.nextSetBit(i + 1)) {
            for (int j = i * i; j <= limit; j += i) sieve.clear(j);
        }
        for (double s : new double[] {2, 3, 4}) {
            double product = 1;
            for (int p = sieve.nextSetBit(0); p >= 0; p = sieve.nextSetBit(p + 1)) {
                product *= 1 / (1 - Math.pow(p, -s));
            }
            double series = 0;
            for (int n = 1; n <= limit; n++) series += Math.pow(n, -s);
            System.out.printf("s=%.0f product=%.12f sum=%.12f%n", s, product, series);
        }
    }
}
