import CNFinCLI

await CNFinCommand.asyncMain()
