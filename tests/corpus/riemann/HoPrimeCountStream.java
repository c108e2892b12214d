// expect: prime_counting, prime_pattern
import java.util.stream.IntStream;

public class HoPrimeCountStream {
    static boolean isPrime(int n) {
        return n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0);
    }

    static long primePi(int x) {
        return IntStream.rangeClosed(2, x).filter(HoPrimeCountStream::isPrime).count();
    }

    public static void main(String[] args) {
        for (int x = 10; x <= 1_000_000; x *= 10) {
            long pi = primePi(x);
            System.out.println("pi(" + x + ") = " + pi + "  ratio to x/ln x: " + pi / (x / Math.log(x)));
        }
    }
}
