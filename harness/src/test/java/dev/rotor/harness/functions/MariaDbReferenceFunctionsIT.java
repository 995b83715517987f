package dev.rotor.harness.functions;

import dev.rotor.harness.database.Engine;

/** The reference functions through Rotor against one MariaDB container. */
class MariaDbReferenceFunctionsIT extends ReferenceFunctionScenarios {

    @Override
    Engine engine() {
        return Engine.MARIADB;
    }
}
