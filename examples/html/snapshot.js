// The drop-a-file page: files are read with the File API and handed to <k8s-cluster> as
// text (`.objects`, `.auditEvents`); nothing leaves the browser.
const cluster = document.getElementById('mine');
const status = document.getElementById('status');
const drop = document.getElementById('drop');
const say = (text) => (status.textContent = text);

/** An audit log is JSON lines of audit.k8s.io Events (or an EventList); anything else is a snapshot. */
const isAuditLog = (text) => /"apiVersion"\s*:\s*"audit\.k8s\.io\//.test(text.slice(0, 4000));

async function take(files) {
  for (const file of files) {
    const text = await file.text();
    if (isAuditLog(text)) {
      cluster.auditEvents = text;
      say(`Audit log: ${file.name}. Press play, or step with the arrows.`);
    } else {
      cluster.objects = text;
      say(`Snapshot: ${file.name}.`);
    }
  }
}

document.getElementById('snapshot-file').addEventListener('change', (e) => void take(e.target.files));
document.getElementById('audit-file').addEventListener('change', (e) => void take(e.target.files));
for (const type of ['dragenter', 'dragover']) drop.addEventListener(type, (e) => (e.preventDefault(), drop.classList.add('over')));
for (const type of ['dragleave', 'drop']) drop.addEventListener(type, () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  void take(e.dataTransfer.files);
});
document.getElementById('namespaces').addEventListener('change', (e) => (cluster.namespaces = e.target.value.trim() || null));
document.getElementById('time-scale').addEventListener('change', (e) => (cluster.timeScale = e.target.value || null));
document.getElementById('example').addEventListener('click', () => {
  cluster.objects = null;
  cluster.auditEvents = null;
  cluster.src = '../data/cluster-kubeadm.json';
  cluster.auditSrc = '../data/audit-rollout.log';
  say('The example files of examples/data: a kubeadm cluster and a Deployment rollout.');
});
document.getElementById('clear').addEventListener('click', () => {
  cluster.src = cluster.auditSrc = cluster.objects = cluster.auditEvents = null;
  say('');
});
cluster.addEventListener('k8s-error', (e) => say(e.detail.message));
