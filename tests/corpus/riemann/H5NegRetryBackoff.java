// expect: none
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

public class H5NegRetryBackoff {
    private final Duration base;
    private final double lambda;   // decay rate of the jitter distribution
    private final int maxAttempts;

    H5NegRetryBackoff(Duration base, double lambda, int maxAttempts) {
        this.base = base;
        this.lambda = lambda;
        this.maxAttempts = maxAttempts;
    }

    long delayMillis(int attempt) {
        double exp = base.toMillis() * Math.pow(2, attempt);
        double u = ThreadLocalRandom.current().nextDouble();
        double jitter = -Math.log(1 - u) / lambda;
        return (long) Math.min(30_000, exp + jitter) % 60_000;
    }

    <T> T call(Supplier<T> op) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < maxAttempts; attempt++) {
            try {
                return op.get();
            } catch (RuntimeException e) {
                last = e;
                Thread.sleep(delayMillis(attempt));
            }
        }
        throw last;
    }

    public static void main(String[] args) throws InterruptedException {
        H5NegRetryBackoff r = new H5NegRetryBackoff(Duration.ofMillis(5), 0.5, 4);
        int[] calls = {0};
        String v = r.call(() -> {
            if (++calls[0] % 3 != 0) throw new IllegalStateException("flaky");
            return "ok after " + calls[0];
        });
        System.out.println(v + " sqrt=" + Math.sqrt(calls[0]));
    }
}
