import CNFinCLI

await CNFinCommand.main()
