package dev.rotor.harness.functions;

import dev.rotor.harness.database.Engine;

/** The reference functions through Rotor against one MySQL 8 container. */
class MysqlReferenceFunctionsIT extends ReferenceFunctionScenarios {

    @Override
    Engine engine() {
        return Engine.MYSQL;
    }
}
