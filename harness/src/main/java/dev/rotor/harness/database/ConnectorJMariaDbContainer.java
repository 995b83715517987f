package dev.rotor.harness.database;

import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.utility.DockerImageName;

/** Testcontainers' MariaDB container, waited for and reached with MySQL Connector/J instead of the MariaDB driver. */
final class ConnectorJMariaDbContainer extends MariaDBContainer {

    ConnectorJMariaDbContainer(DockerImageName image) {
        super(image);
    }

    @Override
    public String getDriverClassName() {
        return "com.mysql.cj.jdbc.Driver";
    }

    @Override
    public String getJdbcUrl() {
        return "jdbc:mysql://" + getHost() + ":" + getMappedPort(3306) + "/" + getDatabaseName()
                + "?" + DatabaseServer.CONNECTOR_PROPERTIES;
    }
}
