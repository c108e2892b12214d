// Key sizes, home-made digests, constant IVs, allow-all hostname verifiers and the deprecated
// DefaultHttpClient. Safe look-alikes use adequate sizes, random IVs and real checks.
import java.security.*;
import javax.crypto.*;
import javax.crypto.spec.IvParameterSpec;
import javax.net.ssl.*;

public class KeysAndVerifiers {
    void weakRsa() throws Exception {
        // ruleid: java.weak-key-size
        KeyPairGenerator keyGen = KeyPairGenerator.getInstance("RSA");
        keyGen.initialize(1024);
    }

    void strongRsa() throws Exception {
        // ok: java.weak-key-size
        KeyPairGenerator keyGen = KeyPairGenerator.getInstance("RSA");
        keyGen.initialize(3072);
    }

    void staticIv(Cipher c, SecretKey k) throws Exception {
        // ruleid: java.static-iv
        byte[] iv = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
        c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
    }

    void randomIv(Cipher c, SecretKey k) throws Exception {
        // ok: java.static-iv
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        c.init(Cipher.ENCRYPT_MODE, k, new IvParameterSpec(iv));
    }

    Object client() {
        // ruleid: java.default-http-client
        return new DefaultHttpClient();
    }

    Object systemClient() {
        // ok: java.default-http-client
        return new SystemDefaultHttpClient();
    }
}

// ruleid: java.custom-digest
class HomeMadeDigest extends MessageDigest {
    HomeMadeDigest() { super("home"); }
    protected void engineUpdate(byte b) {}
    protected void engineUpdate(byte[] b, int o, int l) {}
    protected byte[] engineDigest() { return new byte[0]; }
    protected void engineReset() {}
}

// ruleid: java.tls-trust-all
class AnyHost implements HostnameVerifier {
    public boolean verify(String hostname, SSLSession session) {
        return true;
    }
}

// ok: java.tls-trust-all
class OnlyLocalHost implements HostnameVerifier {
    public boolean verify(String hostname, SSLSession session) {
        return hostname.equals("localhost");
    }
}
