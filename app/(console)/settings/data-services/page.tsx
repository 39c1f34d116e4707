import { DataServicesSettingsPage } from "@/components/data-services/data-services-settings-page";
import { requireActor } from "@/lib/server/auth/get-actor";
import { listDataServices } from "@/lib/server/data-services/list-data-services";

export const metadata = { title: "Data services" };

export default async function DataServicesPage() {
  const actor = await requireActor({ nextPath: "/settings/data-services" });
  const services = await listDataServices();
  return <DataServicesSettingsPage isAdmin={actor.role === "admin"} initialServices={services} />;
}
