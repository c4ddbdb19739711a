from figrecon.cli import main

main()
