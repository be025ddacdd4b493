package fr.nouage.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The size of the buffer through which Tomcat writes a response to its connection ({@code
 * nouage.platform.socket-write-buffer}, 32 KB by default instead of Tomcat's 8 KB). A page of the
 * national profile weighs 40 to 80 KB: each buffer is one system call, so 8 KB made ten of them.
 */
@Component
class SocketWriteBuffer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    private final DataSize size;

    SocketWriteBuffer(@Value("${nouage.platform.socket-write-buffer:32KB}") DataSize size) {
        this.size = size;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(size.toBytes())));
    }
}
