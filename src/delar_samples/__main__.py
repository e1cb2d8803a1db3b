"""``python -m delar_samples build ...``"""

import sys

from delar_samples.build import main

sys.exit(main())
