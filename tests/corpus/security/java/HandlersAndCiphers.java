// Request handlers that answer with HTML built from parameters, SQL text grown piece by piece,
// GCM keyed with an IV that is never random, and trust-all strategies; with look-alikes.
import java.security.cert.X509Certificate;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.apache.http.ssl.TrustStrategy;
import org.owasp.encoder.Encode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;

class BadgeController {
    public ResponseEntity<String> badge(@RequestParam("label") String label) {
        String html = "<span class=\"badge\">" + label + "</span>";
        // ruleid: java.xss
        return new ResponseEntity<>(html, HttpStatus.OK);
    }

    public ResponseEntity<String> safeBadge(@RequestParam("label") String label) {
        String html = "<span class=\"badge\">" + label + "</span>";
        String encoded = Encode.forHtml(html);
        // ok: java.xss
        return new ResponseEntity<>(encoded, HttpStatus.OK);
    }

    public StringBuilder search(@RequestParam("term") String term) {
        StringBuilder sql = new StringBuilder("SELECT id FROM items WHERE title LIKE '");
        // ruleid: java.sql-string-built
        sql.append(term);
        // ok: java.sql-string-built
        sql.append("'");
        return sql;
    }
}

class TokenSealer {
    private static final String FIXED_IV = "0123456789ab";

    byte[] seal(byte[] plain, java.security.Key key) throws Exception {
        // ruleid: java.static-iv
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        // ruleid: java.static-iv
        byte[] nonce = FIXED_IV.getBytes("UTF-8");
        // ruleid: java.static-iv
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(plain);
    }
}

class RandomSealer {
    byte[] seal(byte[] plain, java.security.Key key) throws Exception {
        byte[] nonce = new byte[12];
        new java.security.SecureRandom().nextBytes(nonce);
        // ok: java.static-iv
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
        return cipher.doFinal(plain);
    }
}

class Trust {
    TrustStrategy all() {
        // ruleid: java.tls-trust-all
        TrustStrategy strategy = new TrustStrategy() {
            public boolean isTrusted(X509Certificate[] chain, String authType) {
                return true;
            }
        };
        return strategy;
    }

    TrustStrategy pinned(final X509Certificate expected) {
        // ok: java.tls-trust-all
        TrustStrategy strategy = (X509Certificate[] chain, String authType) -> chain.length > 0 && chain[0].equals(expected);
        return strategy;
    }
}
