// The header row the reference's two tables share: a name column (parameter or field), its type, what it means.
export function TableHead({ name }: { name: string }) {
  return (
    <thead>
      <tr className="border-b border-slate-200">
        {[name, "Type"].map((label) => (
          <th key={label} scope="col" className="py-1 pr-3">
            {label}
          </th>
        ))}
        <th scope="col" className="py-1">
          Description
        </th>
      </tr>
    </thead>
  );
}
