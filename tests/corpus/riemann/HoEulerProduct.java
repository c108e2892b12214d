// expect: euler_product, prime_pattern
import java.util.ArrayList;
import java.util.List;

public class HoEulerProduct {
    static List<Integer> primes(int n) {
        boolean[] sieve = new boolean[n + 1];
        List<Integer> res = new ArrayList<>();
        for (int i = 2; i <= n; i++) {
            if (!sieve[i]) {
                res.add(i);
                for (long j = (long) i * i; j <= n; j += i) sieve[(int) j] = true;
            }
        }
        return res;
    }

    public static void main(String[] args) {
        double s = 3.0;
        double product = 1.0;
        for (int p : primes(50000)) {
            product *= 1.0 / (1.0 - Math.pow(p, -s));
        }
        System.out.println("prod_p (1 - p^-3)^-1 = " + product);
    }
}
