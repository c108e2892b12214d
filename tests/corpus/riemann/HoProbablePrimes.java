// expect: prime_pattern
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

public class HoProbablePrimes {
    public static void main(String[] args) {
        BigInteger start = BigInteger.TEN.pow(30);
        List<BigInteger> found = new ArrayList<>();
        BigInteger candidate = start;
        while (found.size() < 5) {
            candidate = candidate.nextProbablePrime();
            found.add(candidate);
        }
        found.forEach(System.out::println);
        BigInteger mersenne = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
        System.out.println("M127 prime? " + mersenne.isProbablePrime(50));
    }
}
