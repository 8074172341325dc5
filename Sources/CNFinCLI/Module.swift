// CNFinCLI: the commands of the `cnfin` tool.
