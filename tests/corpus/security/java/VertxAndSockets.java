// Cases for Vert.x SQL clients given query text from data, and plain (unencrypted) sockets.
import io.vertx.sqlclient.SqlClient;
import java.net.Socket;
import javax.net.ssl.SSLSocketFactory;

public class VertxAndSockets {
    public void query(SqlClient client, String injection) {
        // ruleid: java.sql-injection
        client.query(injection);
        String constant = "SELECT * FROM test";
        // ok: java.sql-injection
        client.query(constant);
    }

    public void sockets() throws Exception {
        // ruleid: java.cleartext-transport
        Socket plain = new Socket("www.example.com", 80);
        // ok: java.cleartext-transport
        Socket tls = SSLSocketFactory.getDefault().createSocket("www.example.com", 443);
    }
}
