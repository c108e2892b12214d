// expect: euler_product, prime_pattern, zeta_function
import java.util.BitSet;
import java.util.stream.IntStream;

public class H5EulerProductCompare {
    public static void main(String[] args) {
        int limit = 1_000_000;
        BitSet composite = new BitSet(limit + 1);
        for (int p = 2; (long) p * p <= limit; p = composite.nextClearBit(p + 1)) {
            for (int m = p * p; m <= limit; m += p) composite.set(m);
        }
        int[] primes = IntStream.rangeClosed(2, limit).filter(i -> !composite.get(i)).toArray();

        for (double s : new double[] {2.0, 3.0, 1.5}) {
            double product = 1.0;
            for (int p : primes) product *= 1.0 / (1.0 - Math.pow(p, -s));
            double dirichlet = 0.0;
            for (int n = 1; n <= limit; n++) dirichlet += Math.pow(n, -s);
            System.out.printf("s=%.1f  prod_p (1-p^-s)^-1 = %.9f   sum n^-s = %.9f%n", s, product, dirichlet);
        }
    }
}
