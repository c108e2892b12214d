// expect: modular_arithmetic
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

public class H5BinomialModP {
    static final int MOD = 1_000_000_007;
    static final int MAX = 1_000_001;
    static long[] fact = new long[MAX], invFact = new long[MAX];

    static long power(long a, long e) {
        long r = 1;
        a %= MOD;
        for (; e > 0; e >>= 1, a = a * a % MOD) if ((e & 1) != 0) r = r * a % MOD;
        return r;
    }

    static long nCk(int n, int k) {
        if (k < 0 || k > n) return 0;
        return fact[n] * invFact[k] % MOD * invFact[n - k] % MOD;
    }

    public static void main(String[] args) throws IOException {
        fact[0] = 1;
        for (int i = 1; i < MAX; i++) fact[i] = fact[i - 1] * i % MOD;
        invFact[MAX - 1] = power(fact[MAX - 1], MOD - 2);
        for (int i = MAX - 1; i > 0; i--) invFact[i - 1] = invFact[i] * i % MOD;

        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        String line;
        StringBuilder sb = new StringBuilder();
        while ((line = br.readLine()) != null && !line.isBlank()) {
            StringTokenizer st = new StringTokenizer(line);
            int n = Integer.parseInt(st.nextToken()), k = Integer.parseInt(st.nextToken());
            sb.append(nCk(n, k)).append('\n');
        }
        System.out.print(sb);
    }
}
