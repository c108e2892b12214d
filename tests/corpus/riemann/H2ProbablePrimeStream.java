// expect: prime_pattern
import java.math.BigInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class H2ProbablePrimeStream {
    public static void main(String[] args) {
        String firstTwenty = Stream.iterate(BigInteger.TWO, BigInteger::nextProbablePrime)
                .limit(20)
                .map(BigInteger::toString)
                .collect(Collectors.joining(", "));
        System.out.println(firstTwenty);

        BigInteger candidate = BigInteger.TEN.pow(30).add(BigInteger.ONE);
        while (!candidate.isProbablePrime(40)) {
            candidate = candidate.add(BigInteger.TWO);
        }
        System.out.println("first prime above 10^30: " + candidate);
    }
}
