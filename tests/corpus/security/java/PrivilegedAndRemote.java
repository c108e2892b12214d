// Cases for privileged blocks, JMS ObjectMessage and RMI interfaces taking objects.
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.security.AccessController;
import java.security.PrivilegedAction;
import javax.jms.*;

public class PrivilegedAndRemote {
    // ruleid: java.do-privileged
    class LoadAction implements PrivilegedAction<Void> {
        public Void run() {
            return null;
        }
    }

    // ok: java.do-privileged
    class Task implements Runnable {
        public void run() {
        }
    }

    public void privileged() {
        // ruleid: java.do-privileged
        AccessController.doPrivileged(new LoadAction());
    }

    public void onMessage(Message message) throws Exception {
        ObjectMessage msg = (ObjectMessage) message;
        // ruleid: java.jms-object-message
        Object o = msg.getObject();
    }

    public void onText(Message message) throws Exception {
        TextMessage msg = (TextMessage) message;
        // ok: java.jms-object-message
        String s = msg.getText();
    }
}

// ruleid: java.rmi-object-parameter
interface TicketService extends Remote {
    void poke(Object attendee) throws RemoteException;
}

// ok: java.rmi-object-parameter
interface CounterService extends Remote {
    void poke(int attendee, String name) throws RemoteException;
}
