// expect: prime_counting, prime_pattern
import java.util.stream.IntStream;

public class H2PrimePiTable {
    static boolean prime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    static long pi(int x) {
        return IntStream.rangeClosed(2, x).filter(H2PrimePiTable::prime).count();
    }

    public static void main(String[] args) {
        for (int x = 10; x <= 1_000_000; x *= 10) {
            long count = pi(x);
            double approx = x / Math.log(x);
            System.out.printf("%9d %8d %12.2f %.4f%n", x, count, approx, count / approx);
        }
    }
}
