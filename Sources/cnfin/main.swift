import CNFinCLI

await CNFinCommand.runAsRoot()
