import java.net.Socket;
import javax.net.ssl.X509TrustManager;
import java.security.cert.X509Certificate;

public class NativeAndNet implements X509TrustManager {
    static {
        // ruleid: java.jni
        System.loadLibrary(System.getProperty("native.lib", "fast"));
    }

    // ruleid: java.jni
    private native int compute(int x);

    public X509Certificate[] getAcceptedIssuers() { return new X509Certificate[0]; }

    public void checkClientTrusted(X509Certificate[] chain, String authType) throws java.security.cert.CertificateException {
        throw new java.security.cert.CertificateException("no client auth");
    }

    // ruleid: java.tls-trust-all
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    public ServerSocket open(int port) throws Exception {
        // ruleid: java.network
        return new ServerSocket(port);
    }

    public void spin(Runnable r) {
        while (true) {
            // ruleid: java.command-in-loop
            new Thread(r).start();
        }
    }

    public void bounded(Runnable r) {
        for (int i = 0; i < 4; i++) {
            // ok: java.command-in-loop
            new Thread(r).start();
        }
    }

    public void share(java.io.File f) {
        // ruleid: java.permissive-file
        f.setWritable(true, false);
    }

    public void ownerOnly(java.io.File f) {
        // ok: java.permissive-file
        f.setWritable(true, true);
    }
}
