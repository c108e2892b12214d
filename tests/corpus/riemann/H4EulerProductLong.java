// expect: euler_product, prime_pattern
import java.util.ArrayList;
import java.util.List;

public class H4EulerProductLong {
    static List<Integer> primesUpTo(int n) {
        boolean[] comp = new boolean[n + 1];
        List<Integer> ps = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            if (comp[i]) continue;
            ps.add(i);
            for (long j = (long) i * i; j <= n; j += i) comp[(int) j] = true;
        }
        return ps;
    }

    public static void main(String[] args) {
        double s = 2.0;
        double product = 1.0;
        int count = 0;
        for (int p : primesUpTo(1_000_000)) {
            product *= 1.0 / (1.0 - Math.pow(p, -s));
            if (++count % 10000 == 0) {
                System.out.printf("%d primes: %.12f (pi^2/6 = %.12f)%n", count, product, Math.PI * Math.PI / 6);
            }
        }
    }
}
