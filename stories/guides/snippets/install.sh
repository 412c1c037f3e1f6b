# In a clone of wsis-components: builds the package, then writes the tarball.
npm pack
# In the site's project: installs it (no install script runs).
npm install ./wsis-components-0.1.0.tgz
