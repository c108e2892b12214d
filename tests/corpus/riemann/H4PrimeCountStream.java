// expect: prime_counting, prime_pattern
import java.math.BigInteger;
import java.util.stream.IntStream;

public class H4PrimeCountStream {
    static long primePi(int x) {
        return IntStream.rangeClosed(2, x)
                .filter(i -> BigInteger.valueOf(i).isProbablePrime(30))
                .count();
    }

    public static void main(String[] args) {
        for (int x = 10; x <= 1_000_000; x *= 10) {
            long pi = primePi(x);
            System.out.printf("pi(%d) = %d, x/ln x = %.1f%n", x, pi, x / Math.log(x));
        }
    }
}
