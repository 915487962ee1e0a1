from aigc_studio.cli import main

raise SystemExit(main())
